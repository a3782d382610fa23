using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;
using static CodeAssure.Checks.Framework.FilePatterns;

namespace CodeAssure.Checks.Distribution;

/// <summary>
/// What the distribution checks look for, as <see cref="TextRule"/>s: how releases are published, how they are signed,
/// how checksums are made, and which build settings make builds reproducible. Levels are unused (all Info): a
/// signal is evidence, its absence is what the checks report.
/// </summary>
internal static class ReleaseSignals
{
    // Where release steps are written: CI definitions, scripts, build files and release tool configuration.
    private static bool IsBuildDefinition(string path) =>
        IsCi(path) || IsScript(path) || IsGoReleaser(path)
        || Extensions(".csproj", ".fsproj", ".vbproj", ".props", ".targets", ".gradle", ".kts", ".cake", ".nuke", ".yml", ".yaml")(path)
        || Names("pom.xml", "package.json", ".npmrc", "Cargo.toml", ".gitconfig", "build.ps1", "build.sh", "Rakefile", "setup.cfg", "pyproject.toml")(path);

    private static bool IsGoReleaser(string path) => Names(".goreleaser.yml", ".goreleaser.yaml", "goreleaser.yml", "goreleaser.yaml")(path);

    private static TextRule Signal(string id, Func<string, bool> files, string pattern, string message) =>
        TextRule.Create(id, path => files(path) && !TestPaths.IsTest(path), pattern, FindingLevel.Info, message);

    /// <summary>Steps that publish a release: tag or release triggers, publish commands, release tooling.</summary>
    public static IReadOnlyList<TextRule> Publishing { get; } =
    [
        Signal("release-trigger", IsCi, @"^\s*release\s*:\s*\r?\n\s*types\s*:|\$CI_COMMIT_TAG\b|startsWith\([^)\n]*,\s*'refs/tags/|^\s*release\s*:\s*\r?\n\s*tag_name\s*:", "a CI definition runs when a release is published or a tag is built"),
        Signal("publish-to-registry", IsBuildDefinition,
            @"\b(?:dotnet\s+nuget\s+push|nuget(?:\.exe)?\s+push|npm\s+publish|yarn\s+(?:npm\s+)?publish|pnpm\s+publish|twine\s+upload|uv\s+publish|poetry\s+publish|cargo\s+publish|gem\s+push|mvn\s+(?:[^\n]*\s)?deploy|gradlew?\s+(?:[^\n]*\s)?publish|docker\s+push)\b|docker/build-push-action|pypa/gh-action-pypi-publish",
            "a release is published to a package or image registry"),
        Signal("publish-download", IsBuildDefinition,
            @"\b(?:gh\s+release\s+(?:create|upload)|goreleaser\s+release|aws\s+s3\s+(?:cp|sync)|az\s+storage\s+blob\s+upload|gsutil\s+cp)\b|softprops/action-gh-release|ncipollo/release-action|actions/create-release|actions/upload-release-asset",
            "release files are published for download (GitHub release assets, object storage)"),
        Signal("goreleaser", IsGoReleaser, @"^(?:builds|release|archives|project_name)\s*:", "GoReleaser configuration"),
    ];

    /// <summary>Release signing and provenance.</summary>
    public static IReadOnlyList<TextRule> Signing { get; } =
    [
        Signal("sigstore-cosign", IsBuildDefinition, @"\bcosign\s+(?:sign|attest)|sigstore/cosign-installer|sigstore/gh-action-sigstore-python|\bsigstore\s+sign\b", "artifacts or images signed with Sigstore (cosign)"),
        Signal("build-provenance", IsBuildDefinition, @"actions/attest-build-provenance|actions/attest(?:-sbom)?@|slsa-framework/slsa-github-generator|\bgh\s+attestation\b", "build provenance attested (GitHub artifact attestations / SLSA)"),
        // pypa/gh-action-pypi-publish makes and uploads PEP 740 attestations by default (v1.11+) under trusted publishing.
        Signal("pypi-attestations", IsCi, @"pypa/gh-action-pypi-publish@", "PyPI trusted publishing with digital attestations (PEP 740, on by default)"),
        Signal("npm-provenance", IsBuildDefinition, @"\bnpm\s+publish\b[^\n]*--provenance|\bNPM_CONFIG_PROVENANCE\s*[:=]\s*['""]?true|""provenance""\s*:\s*true|^\s*provenance\s*=\s*true", "npm packages published with provenance"),
        Signal("nuget-sign", IsBuildDefinition, @"\b(?:dotnet\s+nuget|nuget(?:\.exe)?)\s+sign\b|\bsigntool(?:\.exe)?\s+sign\b|\bAzureSignTool\b|\bsign\s+code\s+(?:azure-key-vault|trusted-signing)", "packages or binaries Authenticode/NuGet signed"),
        Signal("gpg-sign", IsBuildDefinition, @"\bgpg2?\s+(?:[^\n]*\s)?(?:--detach-sign|--clearsign|--sign|-[a-zA-Z]*b[a-zA-Z]*)\b|\bgit\s+tag\s+(?:[^\n]*\s)?-s\b|\btag\.gpgSign\b|maven-gpg-plugin|^\s*signing\s*\{|crazy-max/ghaction-import-gpg", "artifacts or tags GPG-signed"),
        Signal("goreleaser-signs", IsGoReleaser, @"^(?:signs|docker_signs|binary_signs)\s*:", "GoReleaser signs the release"),
        Signal("other-signing", IsBuildDefinition, @"\bjarsigner\b|\bcodesign\s+(?:[^\n]*\s)?--sign\b|\bminisign\s+-S\b|\bssh-keygen\s+-Y\s+sign\b", "artifacts signed (jarsigner, codesign, minisign, SSH signatures)"),
    ];

    /// <summary>Checksums published with releases.</summary>
    public static IReadOnlyList<TextRule> Checksums { get; } =
    [
        Signal("checksum-command", IsBuildDefinition, @"\b(?:sha256sum|sha512sum|shasum\s+-a\s+(?:256|512)|Get-FileHash|certutil\s+-hashfile|openssl\s+(?:dgst\s+-)?sha(?:256|512))\b", "release checksums computed (sha256sum, Get-FileHash …)"),
        Signal("goreleaser-checksum", IsGoReleaser, @"^checksum\s*:", "GoReleaser publishes a checksums file"),
        Signal("checksum-action", IsCi, @"jmgilman/actions-generate-checksum|thewh1teagle/checksum|wangzuo/action-release-checksums", "a CI action publishes checksums"),
    ];

    /// <summary>Settings that make builds reproducible.</summary>
    public static IReadOnlyList<TextRule> Deterministic { get; } =
    [
        Signal("dotnet-deterministic", Extensions(".csproj", ".fsproj", ".vbproj", ".props", ".targets"), @"<(?:Deterministic|ContinuousIntegrationBuild)\b[^>]*>\s*true\s*<", ".NET Deterministic / ContinuousIntegrationBuild set"),
        Signal("dotnet-sdk-project", Extensions(".csproj", ".fsproj", ".vbproj"), @"<Project\s+Sdk\s*=", "SDK-style .NET project: Deterministic is on by default"),
        Signal("source-date-epoch", IsBuildDefinition, @"\bSOURCE_DATE_EPOCH\b", "SOURCE_DATE_EPOCH fixes timestamps in the build"),
        Signal("go-trimpath", IsBuildDefinition, @"(?:^|\s)-trimpath\b|^\s*mod_timestamp\s*:", "Go builds with -trimpath (and fixed timestamps)"),
        Signal("maven-output-timestamp", Names("pom.xml"), @"<project\.build\.outputTimestamp>", "Maven reproducible builds (project.build.outputTimestamp)"),
        Signal("gradle-reproducible", Extensions(".gradle", ".kts"), @"\b(?:isPreserveFileTimestamps|preserveFileTimestamps)\s*=\s*false|\b(?:isReproducibleFileOrder|reproducibleFileOrder)\s*=\s*true", "Gradle reproducible archives"),
        Signal("rust-remap-path", IsBuildDefinition, @"--remap-path-prefix\b", "Rust builds remap paths"),
    ];

    /// <summary>Settings that turn determinism off.</summary>
    public static IReadOnlyList<TextRule> NonDeterministic { get; } =
    [
        TextRule.Create("dotnet-deterministic-off", path => Extensions(".csproj", ".fsproj", ".vbproj", ".props", ".targets")(path) && !TestPaths.IsTest(path),
            @"<Deterministic\b[^>]*>\s*false\s*<", FindingLevel.Medium, "<Deterministic>false</Deterministic>: builds embed timestamps and paths, so nobody can rebuild and compare a release"),
    ];
}
