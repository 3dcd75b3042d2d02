"""Rule packs: rules declared as YAML data, validated with pydantic, run by one engine per kind."""

from .loader import PackError, load_pack_dir, load_pack_file

__all__ = ["PackError", "load_pack_dir", "load_pack_file"]
