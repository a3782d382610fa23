using System.Text;
using CodeAssure.Sbom.Validation;
using CodeAssure.Sbom.Validation.TextProto;

namespace CodeAssure.Sbom.Tests.Validation;

public sealed class TextProtoTests
{
    private static SbomValidationResult Validate(string text) =>
        new SbomValidator().Validate(Encoding.UTF8.GetBytes(text), "bom.textproto");

    [Fact]
    public void Parses_fields_nested_messages_lists_escapes_numbers_and_comments()
    {
        var message = TextProtoParser.Parse("""
            # comment
            a: "x\n\x41\101\u00e9" 'y'   # adjacent strings concatenate
            b { c: -1.5e3 d: 0x1F; e: 017, f: ENUM_VALUE }
            g < h: true >
            i: [1, 2, 3]
            j [{ k: 1 }, < k: 2 >]
            """);
        Assert.Equal("x\nAAéy", message.Fields[0].Scalar);
        var b = message.Fields[1].Message!;
        Assert.Equal(["-1.5e3", "0x1F", "017", "ENUM_VALUE"], b.Fields.Select(f => f.Scalar).ToArray());
        Assert.Equal(TextProtoScalarKind.Identifier, b.Fields[3].ScalarKind);
        Assert.Equal("h", message.Fields[2].Message!.Fields[0].Name);
        Assert.Equal(3, message.Fields.Count(f => f.Name == "i"));
        Assert.Equal(2, message.Fields.Count(f => f.Name == "j" && f.Message is not null));
    }

    [Theory]
    [InlineData("a: \"unterminated", "1:17", "unterminated string")]
    [InlineData("a { b: 1", "1:9", "expected '}'")]
    [InlineData("a: \"\\q\"", "1:6", "unknown escape")]
    [InlineData("a 1", "1:3", "expected ':'")]
    [InlineData("a: 09", "1:6", "octal")]
    [InlineData("a: 1x", "1:5", "in a number")]
    [InlineData("a: -FOO", "1:8", "'-' may only precede")]
    [InlineData("a: [1 2]", "1:7", "expected ',' or ']'")]
    [InlineData("a: }", "1:4", "expected a value")]
    [InlineData("a {} }", "1:6", "expected a field name")]
    public void Rejects_malformed_text_format_with_the_position(string text, string location, string expected)
    {
        var error = Assert.Throws<FormatException>(() => TextProtoParser.Parse(text));
        Assert.StartsWith(location + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spec_version: \"1.5\"\ncomponents { type: CLASSIFICATION_LIBRARY name: \"a\" colour: \"red\" }", "2:53", "Component has no field 'colour'")]
    [InlineData("spec_version: \"1.5\"\ncomponents { type: CLASSIFICATION_SPACESHIP name: \"a\" }", "2:14", "not a value of enum")]
    [InlineData("spec_version: \"1.5\"\nversion: \"one\"", "2:1", "expected an integer")]
    [InlineData("spec_version: \"1.5\"\nversion: 4294967296", "2:1", "out of range")]
    [InlineData("spec_version: \"1.5\"\nmetadata: \"x\"", "2:1", "expected '{ … }'")]
    [InlineData("spec_version: \"1.5\"\nserial_number { }", "2:1", "not a message")]
    [InlineData("spec_version: \"1.5\"\nversion: 1\nversion: 2", "3:1", "appears more than once")]
    [InlineData("spec_version: \"0.9\"", "1:1", "no protobuf schema")]
    public void Checks_field_names_types_and_enums_against_the_CycloneDX_proto(string text, string location, string expected)
    {
        var result = Validate(text);
        Assert.Equal(SbomDocumentFormat.CycloneDxProtobufText, result.Format);
        Assert.Contains(result.Problems, p => p.Location == location && p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Accepts_a_minimal_BOM_and_takes_the_version_from_the_proto_file_header_when_spec_version_is_absent()
    {
        var result = Validate("# proto-file: schema/bom-1.6.proto\n# proto-message: Bom\nversion: 1\nmetadata { timestamp { seconds: 1 nanos: 2 } }");
        Assert.True(result.IsValid, string.Join(" | ", result.Problems));
        Assert.Equal("1.6", result.SpecVersion);
    }

    [Theory]
    [InlineData("1.3")]
    [InlineData("1.4")]
    [InlineData("1.5")]
    [InlineData("1.6")]
    [InlineData("1.7")]
    public void Reads_every_embedded_CycloneDX_proto_file(string version)
    {
        var schema = ProtoSchema.Parse(CycloneDxSchemas.ReadText($"bom-{version}.proto"));
        var bom = schema.FindMessage("Bom", schema.Package)!;
        var component = schema.FindMessage(bom.Fields["components"].Type, bom.FullName)!;
        Assert.True(bom.Fields["components"].Repeated);
        Assert.Contains("name", component.Fields.Keys);
        Assert.Contains("CLASSIFICATION_LIBRARY", schema.FindEnum(component.Fields["type"].Type, component.FullName)!);
    }
}
