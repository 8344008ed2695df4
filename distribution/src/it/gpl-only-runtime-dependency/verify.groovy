// The build failed, and for the right reason: the licence check of the application module found the GPL-only
// runtime dependency (not a missing artifact, a compile error or anything else).
def log = new File(basedir, 'build.log').text
assert log.contains("License: 'GPL-3.0-only' used by 1 dependencies:")
assert log.contains('-A GPL-only library (org.example.it:gpl-library:1.0')
assert log.contains('add-third-party (third-party-licences) on project application: There are some forbidden licenses used')
