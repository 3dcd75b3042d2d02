"""Language analysis that rules share but that is no rule itself (numbers; spelling is next)."""
