"""Numbers in news copy, for the NL5xx rules.

- `parse`: cardinal and ordinal numbers, in digits and words, to values.
- `data`: the shipped word lists and name lists the number rules use (loaded lazily).
- `lists`: parsing an enumerated list ("Laos, Vietnam and Cambodia") into its members.
- `locate`: from an offset in the article to the prose block that holds it.
"""
