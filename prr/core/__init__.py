"""Core services every layer may use: settings, secrets, the plugin registry base, the
content-addressed file store and alerts.

May import: nothing from prr (it is the bottom layer).
"""
