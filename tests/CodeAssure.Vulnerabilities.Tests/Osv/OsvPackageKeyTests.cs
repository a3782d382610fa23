using CodeAssure.Vulnerabilities.Index;

namespace CodeAssure.Vulnerabilities.Tests.Osv;

public sealed class OsvPackageKeyTests
{
    [Theory]
    [InlineData("PyPI", "Foo.Bar__baz-_-Qux", "foo-bar-baz-qux")]
    [InlineData("PyPI", "requests", "requests")]
    [InlineData("NuGet", "Newtonsoft.Json", "newtonsoft.json")]
    [InlineData("npm", "@Scope/Left-Pad", "@scope/left-pad")]
    [InlineData("Maven", "org.Apache:Commons_Text", "org.Apache:Commons_Text")]
    [InlineData("Go", "github.com/Foo/Bar", "github.com/Foo/Bar")]
    [InlineData("crates.io", "Serde_json", "Serde_json")]
    [InlineData("Debian", "OpenSSL", "OpenSSL")]
    public void Normalises_names_as_the_ecosystem_compares_them(string ecosystem, string name, string expected)
    {
        Assert.Equal(expected, OsvPackageKey.NormaliseName(ecosystem, name));
    }

    [Fact]
    public void Keeps_the_ecosystem_suffix_and_groups_by_base()
    {
        var key = OsvPackageKey.For("Debian:12", "openssl");

        Assert.Equal("Debian", key.BaseEcosystem);
        Assert.Equal("Debian:12", key.Ecosystem);
        Assert.Equal(OsvPackageKey.For("PyPI", "Foo_Bar"), OsvPackageKey.For("PyPI", "foo-bar"));
    }

    [Fact]
    public void Default_location_follows_XDG_CACHE_HOME()
    {
        var path = OsvIndexLocation.Default(name => name == "XDG_CACHE_HOME" ? "/var/cache/me" : null);

        Assert.Equal(Path.Combine("/var/cache/me", "codeassure", "osv.idx"), path);
        Assert.EndsWith(Path.Combine("codeassure", "osv.idx"), OsvIndexLocation.Default(_ => null), StringComparison.Ordinal);
    }
}
