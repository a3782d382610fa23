using System.Text;
using CodeAssure.Sbom.Validation;

namespace CodeAssure.Sbom.Tests.Validation;

public sealed class CycloneDxReferenceTests
{
    private static SbomValidationResult Validate(string text) => new SbomValidator().Validate(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reports_duplicate_bom_refs_dangling_dependencies_and_malformed_purls_in_JSON()
    {
        var result = Validate("""
            {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,
             "components":[
               {"type":"library","bom-ref":"a","name":"a","purl":"pkg:npm/a@1"},
               {"type":"library","bom-ref":"a","name":"b","purl":"npm/b@1"},
               {"type":"library","bom-ref":"c","name":"c","purl":"pkg:/c"}],
             "dependencies":[{"ref":"a","dependsOn":["c","ghost"]},{"ref":"urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#x"}]}
            """);
        Assert.Equal(
            [
                "/components/1/bom-ref: bom-ref 'a' is not unique (first used at /components/0/bom-ref)",
                "/dependencies/0/dependsOn/1: dependency reference 'ghost' does not match any bom-ref in the BOM",
                "/components/1/purl: purl 'npm/b@1' is invalid: missing the 'pkg:' scheme",
                "/components/2/purl: purl 'pkg:/c' is invalid: the name is required",
            ],
            result.Problems.Select(p => p.ToString()).ToArray());
    }

    [Fact]
    public void Reports_a_dangling_dependency_in_XML_at_its_line_and_column()
    {
        var result = Validate("""
            <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
              <components><component type="library" bom-ref="a"><name>a</name><purl>pkg:npm/a@1</purl></component></components>
              <dependencies>
                <dependency ref="a"><dependency ref="ghost"/></dependency>
              </dependencies>
            </bom>
            """);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("4:26", problem.Location);
        Assert.Contains("'ghost'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pkg:maven/org.apache/commons-lang3@3.12.0?type=jar#sub/path", true)]
    [InlineData("pkg:generic/name", true)]
    [InlineData("PKG:npm/%40scope/name", true)]
    [InlineData("npm/name", false)]
    [InlineData("pkg:npm", false)]
    [InlineData("pkg:3npm/name", false)]
    [InlineData("pkg:npm/@1.0", false)]
    [InlineData("pkg:npm/na%2me", false)]
    [InlineData("pkg:maven/commons-lang3@3.12.0", false)]
    public void Checks_purls_with_the_full_parser(string purl, bool valid)
    {
        var why = new PackageUrlSyntax().Check(purl);
        Assert.Equal(valid, why is null);
    }

    [Fact]
    public void Reports_a_CycloneDX_version_without_a_schema()
    {
        var result = Validate("""<bom xmlns="http://cyclonedx.org/schema/bom/1.1" version="1"/>""");
        Assert.Equal("1.1", result.SpecVersion);
        Assert.Contains(result.Problems, p => p.Message.Contains("schema not available", StringComparison.Ordinal));
    }
}
