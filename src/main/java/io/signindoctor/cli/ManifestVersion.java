package io.signindoctor.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so it is stated once, in pom.xml. */
final class ManifestVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = SignInDoctor.class.getPackage().getImplementationVersion();
        return new String[] {"signin-doctor " + (version == null ? "(development build)" : version)};
    }
}
