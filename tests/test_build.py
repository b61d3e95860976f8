"""The site builds in strict mode, and the build is fast enough to iterate on."""


def test_strict_build_passes(site):
    assert site.ok, site.log
    print(f"strict build: {site.seconds:.2f} s for {len(site.nav_sources)} pages")


def test_strict_build_is_quiet(site):
    """A strict build fails on warnings; a quiet log also means no ERROR lines."""
    assert site.log.strip() == "", site.log
