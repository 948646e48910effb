"""The offline demo: a simulated city world (SMTP sink, portals, city web pages) and the
``prr demo`` script that runs the real flows against it.

Top layer (beside prr.cli): may import everything, including prr.flows.
"""
