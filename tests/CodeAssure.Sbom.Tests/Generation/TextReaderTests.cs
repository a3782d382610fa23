using CodeAssure.Sbom.Generation;
using CodeAssure.Sbom.Generation.Text;

namespace CodeAssure.Sbom.Tests.Generation;

public class TextReaderTests
{
    [Fact]
    public void Reads_toml_tables_arrays_of_tables_inline_tables_and_strings()
    {
        var root = TomlSubsetReader.Read(""""
            # comment
            title = "a \"quoted\" \u00e9 string"
            literal = 'C:\path'
            multi = """
            line one
            line two"""
            numbers = [1, 2_000, -3, 4.5, true]
            site."key.with.dot" = { a = 1, b = { c = "d" } }

            [[package]]
            name = "x"
            files = [
                {file = "x.tar.gz", hash = "sha256:00"},  # trailing comment
            ]

            [package.dependencies]
            y = ">=1"

            [[package]]
            name = "z"
            """");
        Assert.Equal("a \"quoted\" é string", root.String("title"));
        Assert.Equal(@"C:\path", root.String("literal"));
        Assert.Equal("line one\nline two", root.String("multi"));
        Assert.Equal(new object[] { 1L, 2000L, -3L, 4.5, true }, root.Array("numbers"));
        Assert.Equal("d", root.Table("site")!.Table("key.with.dot")!.Table("b")!.String("c"));
        var packages = root.Tables("package").ToList();
        Assert.Equal(2, packages.Count);
        Assert.Equal(">=1", packages[0].Table("dependencies")!.String("y"));
        Assert.Equal("sha256:00", packages[0].Tables("files").Single().String("hash"));
        Assert.Equal("z", packages[1].String("name"));
    }

    [Theory]
    [InlineData("a = \"unterminated\n", 1)]
    [InlineData("a = 1\na = 2\n", 2)]
    [InlineData("[t]\n[t]\n", 2)]
    [InlineData("a = [1, 2\nb = 3\n", 2)]
    [InlineData("\n\nkey without value\n", 3)]
    public void Rejects_malformed_toml_with_the_line(string text, int line)
    {
        var e = Assert.Throws<LockFileException>(() => TomlSubsetReader.Read(text));
        Assert.Equal(line, e.Line);
    }

    [Fact]
    public void Reads_yaml_block_and_flow_collections_quotes_and_comments()
    {
        var root = YamlSubsetReader.Read("""
            lockfileVersion: '9.0'   # version
            importers:
              .:
                dependencies:
                  '@scope/a':
                    specifier: ^1.0.0
                    version: 1.0.0(peer@2.0.0)
            packages:
              '@scope/a@1.0.0':
                resolution: {integrity: sha512-AAAA, tarball: "https://x/y.tgz"}
                cpu: [x64, arm64]
                os:
                  - linux
                  - darwin
            empty: {}
            """);
        Assert.Equal("9.0", root["lockfileVersion"]!.AsString());
        Assert.Equal("1.0.0(peer@2.0.0)", root["importers"]!["."]!["dependencies"]!["@scope/a"]!["version"]!.AsString());
        var package = root["packages"]!["@scope/a@1.0.0"]!;
        Assert.Equal("sha512-AAAA", package["resolution"]!["integrity"]!.AsString());
        Assert.Equal("https://x/y.tgz", package["resolution"]!["tarball"]!.AsString());
        Assert.Equal(2, ((YamlSequence)package["cpu"]!).Items.Count);
        Assert.Equal("darwin", ((YamlSequence)package["os"]!).Items[1].AsString());
        Assert.Empty(((YamlMapping)root["empty"]!).Entries);
    }

    [Theory]
    [InlineData("a: 1\na: 2\n", 2)]
    [InlineData("a:\n  b: 1\n    c: 2\n", 3)]
    [InlineData("a: {b: 1\n", 1)]
    [InlineData("a: *ref\n", 1)]
    [InlineData("a: 1\nnot a mapping line\n", 2)]
    public void Rejects_malformed_yaml_with_the_line(string text, int line)
    {
        var e = Assert.Throws<LockFileException>(() => YamlSubsetReader.Read(text));
        Assert.Equal(line, e.Line);
    }

    [Theory]
    [InlineData("sha512-" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", "SHA-512")]
    [InlineData("sha1-AAAAAAAAAAAAAAAAAAAAAAAAAAA=", "SHA-1")]
    public void Decodes_subresource_integrity_to_hex(string integrity, string algorithm)
    {
        var hash = Assert.Single(HashText.FromIntegrity(integrity));
        Assert.Equal(algorithm, hash.Algorithm);
        Assert.All(hash.Value, c => Assert.Equal('0', c));
    }

    [Theory]
    [InlineData("md5-AAAA")]
    [InlineData("sha512-not base64!")]
    [InlineData("sha512-AAAA")]
    [InlineData("")]
    public void Ignores_unusable_integrity_values(string integrity) => Assert.Empty(HashText.FromIntegrity(integrity));
}
