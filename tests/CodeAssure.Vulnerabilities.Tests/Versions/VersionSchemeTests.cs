using CodeAssure.Vulnerabilities.Versions;

namespace CodeAssure.Vulnerabilities.Tests.Versions;

public sealed class VersionSchemeTests
{
    // Orderings each ecosystem's own tool gives; every row is also checked reversed.
    public static TheoryData<string, string, string, string> Orderings => new()
    {
        { "Maven", "1.0-alpha", "<", "1.0" },
        { "Maven", "1.0", "<", "1.0-sp" },
        { "Maven", "1-1", "<", "1.1" },
        { "Maven", "1.0-alpha-1", "<", "1.0-beta-1" },
        { "Maven", "1.0-beta-1", "<", "1.0-milestone-1" },
        { "Maven", "1.0-milestone-1", "<", "1.0-rc-1" },
        { "Maven", "1.0-rc1", "=", "1.0-cr1" },
        { "Maven", "1.0-rc-1", "<", "1.0-SNAPSHOT" },
        { "Maven", "1.0-SNAPSHOT", "<", "1.0" },
        { "Maven", "1", "=", "1.0.0" },
        { "Maven", "1.0", "=", "1-ga" },
        { "Maven", "1.0-final", "=", "1-release" },
        { "Maven", "1.0-sp", "<", "1.0-foo" },
        { "Maven", "1.0-bar", "<", "1.0-foo" },
        { "Maven", "1.0a1", "=", "1.0-alpha-1" },
        { "Maven", "1.0-ALPHA", "=", "1.0-alpha" },
        { "Maven", "1.0-foo", "<", "1.0.1" },
        { "Maven", "2.0.10", ">", "2.0.9" },
        { "Debian", "1.0~rc1", "<", "1.0" },
        { "Debian", "1.0~~", "<", "1.0~" },
        { "Debian", "1:0.9", ">", "2.0" },
        { "Debian", "1.0-1", "<", "1.0-2" },
        { "Debian", "1.0", "=", "1.0-0" },
        { "Debian", "1.0a", "<", "1.0+" },
        { "Debian", "1.0", "<", "1.0a" },
        { "Debian", "1.2.3-1~deb7u1", "<", "1.2.3-1" },
        { "Debian", "1.01", "=", "1.1" },
        { "PyPI", "1.0.dev1", "<", "1.0a1" },
        { "PyPI", "1.0a1", "<", "1.0b1" },
        { "PyPI", "1.0b1", "<", "1.0rc1" },
        { "PyPI", "1.0rc1", "<", "1.0" },
        { "PyPI", "1.0", "<", "1.0.post1" },
        { "PyPI", "1.0a1.dev1", "<", "1.0a1" },
        { "PyPI", "1.0", "<", "1.0+local" },
        { "PyPI", "1.0+local", "<", "1.0.post1" },
        { "PyPI", "1.0+abc", "<", "1.0+1" },
        { "PyPI", "1.0", "=", "1.0.0" },
        { "PyPI", "1.0A1", "=", "1.0a1" },
        { "PyPI", "1.0c1", "=", "1.0rc1" },
        { "PyPI", "1.0-1", "=", "1.0.post1" },
        { "PyPI", "v1.0", "=", "1.0" },
        { "PyPI", "1!0.1", ">", "2.0" },
        { "PyPI", "not-a-version", "<", "0.0.1" },
        { "NuGet", "1.0.0-Beta", "=", "1.0.0-beta" },
        { "NuGet", "1.0", "=", "1.0.0.0" },
        { "NuGet", "1.0.0+abc", "=", "1.0.0" },
        { "NuGet", "1.0.0-alpha", "<", "1.0.0" },
        { "NuGet", "1.0.0-2", "<", "1.0.0-10" },
        { "NuGet", "1.0.0-alpha.2", "<", "1.0.0-alpha.10" },
        { "NuGet", "1.0.0", "<", "1.0.0.1" },
        { "Go", "v1.2.3", "=", "1.2.3" },
        { "Go", "v0.0.0-20191109021931-daa7c04131f5", "<", "v0.0.1" },
        { "Go", "v1.2.4-0.20191109021931-daa7c04131f5", ">", "v1.2.3" },
        { "Go", "v1.2.4-0.20191109021931-daa7c04131f5", "<", "v1.2.4" },
        { "Go", "v0.0.0-20191109021931-daa7c04131f5", "<", "v0.0.0-20200101000000-aaaaaaaaaaaa" },
        { "Go", "v2.0.0+incompatible", "=", "v2.0.0" },
        { "Go", "v1", "=", "v1.0.0" },
        { "Go", "not-semver", "<", "v0.0.0" },
        { "Go", "not-semver", "=", "also.not.semver.at.all" },
        { "Alpine", "1.0_rc1", "<", "1.0" },
        { "Alpine", "1.0", "<", "1.0_p1" },
        { "Alpine", "1.0-r1", "<", "1.0-r2" },
        { "Alpine", "1.0", "<", "1.0-r1" },
        { "Alpine", "1.0_alpha", "<", "1.0_beta" },
        { "Alpine", "1.0_beta", "<", "1.0_pre" },
        { "Alpine", "1.0_pre", "<", "1.0_rc" },
        { "Alpine", "1.0_cvs", "<", "1.0_svn" },
        { "Alpine", "1.0_git", "<", "1.0_hg" },
        { "Alpine", "1.0_hg", "<", "1.0_p" },
        { "Alpine", "1.0", "<", "1.0a" },
        { "Alpine", "1.0a", "<", "1.0.1" },
        { "Alpine", "1.2", ">", "1.2_blah" },
        { "RubyGems", "1.0.a", "<", "1.0" },
        { "RubyGems", "1.0", "=", "1.0.0" },
        { "RubyGems", "1.0.0-rc1", "<", "1.0.0" },
        { "RubyGems", "1.0.b1", ">", "1.0.a2" },
        { "RubyGems", "1.10", ">", "1.9" },
        { "Packagist", "1.0.0-alpha", "<", "1.0.0-beta" },
        { "Packagist", "1.0.0-beta", "<", "1.0.0-RC1" },
        { "Packagist", "1.0.0-RC1", "<", "1.0.0" },
        { "Packagist", "1.0.0", "<", "1.0.0-patch1" },
        { "Packagist", "1.0.0-dev", "<", "1.0.0-alpha" },
        { "Packagist", "v1.0", "=", "1.0.0" },
        { "Packagist", "1.0.0-b1", "=", "1.0.0-beta1" },
        { "Packagist", "1.0.0-ALPHA1", "=", "1.0.0-alpha1" },
        { "Packagist", "1.0.0+build", "=", "1.0.0" },
        { "Packagist", "dev-main", "<", "0.0.1" },
        { "Pub", "1.0.0", "<", "1.0.0+1" },
        { "Pub", "1.0.0-pre", "<", "1.0.0" },
        { "Pub", "1.0.0+1", "<", "1.0.0+a" },
        { "CRAN", "1.0-1", "<", "1.0-2" },
        { "CRAN", "1.0-10", ">", "1.0-9" },
        { "CRAN", "0.01", "=", "0.1" },
        { "CRAN", "1.0", "<", "1.0.0" },
        { "CRAN", "1.0-1", "=", "1.0.1" },
        { "npm", "=v1.2.3", "=", "1.2.3" },
        { "npm", "1.0.0-alpha", "<", "1.0.0" },
        { "npm", "1.0.0+build", "=", "1.0.0" },
        { "npm", "1.0.0-rc.1", "<", "1.0.0-rc.2" },
        { "crates.io", "1.0.0-alpha.1", "<", "1.0.0-alpha.beta" },
        { "crates.io", "1.0.0-beta.11", ">", "1.0.0-beta.2" },
        { "Hex", "1.0.0-rc.1", "<", "1.0.0" },
        { "SemVer", "1.0.0-alpha", "<", "1.0.0-alpha.1" },
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "npm", "1.2" },
        { "npm", "01.2.3" },
        { "npm", "1.2.3-01" },
        { "crates.io", "1.0" },
        { "Hex", "1.0.0-" },
        { "SemVer", "v1.0.0" },
        { "NuGet", "1.2.3.4.5" },
        { "NuGet", "1.0.0-01" },
        { "NuGet", "1.0.0-beta..1" },
        { "RubyGems", "v1.0" },
        { "RubyGems", "1..0" },
        { "Pub", "1.0" },
        { "Debian", ":1.0" },
        { "Debian", "1:" },
        { "Debian", "1.0-" },
        { "Debian", "a:1.0" },
        { "Debian", "-1:1.0" },
        { "CRAN", "1.0a" },
        { "CRAN", "1..0" },
    };

    [Theory]
    [MemberData(nameof(Orderings))]
    public void Orders_versions_as_the_ecosystem_does(string ecosystem, string left, string op, string right)
    {
        var scheme = VersionSchemes.For(ecosystem);
        var expected = op switch { "<" => -1, ">" => 1, _ => 0 };

        Assert.Equal(expected, scheme.Compare(left, right));
        Assert.Equal(-expected, scheme.Compare(right, left));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_versions_the_ecosystem_rejects(string ecosystem, string version)
    {
        var scheme = VersionSchemes.For(ecosystem);

        Assert.False(scheme.IsValid(version, out var reason));
        Assert.Contains(version, reason, StringComparison.Ordinal);
        Assert.Contains(ecosystem, reason, StringComparison.Ordinal);
        var error = Assert.Throws<InvalidVersionException>(() => scheme.Compare(version, "1.0.0"));
        Assert.Equal(reason, error.Message);
    }

    public static TheoryData<string> AllEcosystems => [.. VersionSchemes.Ecosystems];

    [Theory]
    [MemberData(nameof(AllEcosystems))]
    public void Rejects_empty_whitespace_overlong_and_control_character_input(string ecosystem)
    {
        var scheme = VersionSchemes.For(ecosystem);
        string[] hostile = ["", "   ", "\t", new string('1', 300), "1.0.0\u0000", "1.0\n1.1", "1.0 1.1", "1.0.0\u001b[31m"];

        foreach (var version in hostile)
        {
            Assert.False(scheme.IsValid(version, out var reason), $"{ecosystem} accepted '{version}'");
            Assert.False(string.IsNullOrWhiteSpace(reason));
            Assert.DoesNotContain('\u0000', reason);
            Assert.False(scheme.TryCompare(version, "1.0.0", out _, out _));
        }
    }

    [Theory]
    [MemberData(nameof(AllEcosystems))]
    public void Ignores_surrounding_whitespace(string ecosystem)
    {
        var scheme = VersionSchemes.For(ecosystem);

        Assert.Equal(0, scheme.Compare(" 1.2.3 ", "1.2.3"));
    }

    [Theory]
    [InlineData("npm", "npm")]
    [InlineData("PYPI", "PyPI")]
    [InlineData("nuget", "NuGet")]
    [InlineData("Debian:12", "Debian")]
    [InlineData("Alpine:v3.18", "Alpine")]
    [InlineData("CRATES.IO", "crates.io")]
    public void Finds_schemes_by_case_insensitive_osv_name_with_optional_release(string name, string expected)
    {
        Assert.Equal(expected, VersionSchemes.For(name).Ecosystem);
    }

    [Theory]
    [InlineData("Cobol")]
    [InlineData("")]
    [InlineData(":12")]
    public void Rejects_unknown_ecosystems_naming_the_known_ones(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => VersionSchemes.For(name));
        Assert.Contains("PyPI", error.Message, StringComparison.Ordinal);
        Assert.False(VersionSchemes.TryFor(name, out _));
    }

    [Fact]
    public void Covers_every_osv_ecosystem_the_project_matches()
    {
        Assert.Equal(
            ["Alpine", "CRAN", "crates.io", "Debian", "Go", "Hex", "Maven", "npm", "NuGet", "Packagist", "Pub", "PyPI", "RubyGems", "SemVer"],
            VersionSchemes.Ecosystems.Order(StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Equal_versions_are_equal_and_hash_alike()
    {
        Assert.Equal(NuGetVersion.Parse("1.0.0-Beta"), NuGetVersion.Parse("1.0.0-beta"));
        Assert.Equal(NuGetVersion.Parse("1.0.0-Beta").GetHashCode(), NuGetVersion.Parse("1.0.0-beta").GetHashCode());
        Assert.Equal(MavenVersion.Parse("1").GetHashCode(), MavenVersion.Parse("1.0.0-ga").GetHashCode());
        Assert.Equal(PyPiVersion.Parse("1.0").GetHashCode(), PyPiVersion.Parse("1.0.0").GetHashCode());
        Assert.Equal(DebianVersion.Parse("1.01").GetHashCode(), DebianVersion.Parse("1.1-0").GetHashCode());
        Assert.True(MavenVersion.Parse("1.0-alpha") < MavenVersion.Parse("1.0"));
        Assert.True(DebianVersion.Parse("1:1.0") > DebianVersion.Parse("9.9"));
        Assert.NotEqual(SemVerVersion.Parse("1.0.0"), SemVerVersion.Parse("1.0.1"));
    }

    [Fact]
    public void Reports_what_a_version_is()
    {
        Assert.Equal("1a1.post2.dev3+ubuntu.1", PyPiVersion.Parse("1.0-ALPHA-1-post-2.dev3+Ubuntu-1").Normalized.Replace("1.0a", "1a", StringComparison.Ordinal));
        Assert.False(PyPiVersion.Parse("0.1-bulbasaur").IsPep440);
        Assert.True(GoVersion.Parse("v0.0.0-20191109021931-daa7c04131f5").IsPseudoVersion);
        Assert.False(GoVersion.Parse("v1.0.0-rc.1").IsPseudoVersion);
        Assert.False(GoVersion.Parse("1.2.3.4").IsValid);
        Assert.Equal("1.0.0.0-beta1", PackagistVersion.Parse("v1.0b1").Normalized);
        Assert.Equal("1.9999999.9999999.9999999-dev", PackagistVersion.Parse("1.x-dev").Normalized);
        Assert.False(AlpineVersion.Parse("1.2_blah").IsValid);
        Assert.True(RubyGemsVersion.Parse("1.0.a").IsPrerelease);
        Assert.Equal("1", DebianVersion.Parse("1:2.0-3").Epoch.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
