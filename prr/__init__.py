"""prr: a California Public Records Act request pipeline."""
__version__ = "0.1.0"
