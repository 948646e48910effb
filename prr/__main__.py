from prr.cli import main

main()
