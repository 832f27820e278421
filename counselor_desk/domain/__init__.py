"""Pure-Python records, rules and scoring. Imports nothing from the layers below it."""
