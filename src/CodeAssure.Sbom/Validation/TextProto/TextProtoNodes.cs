namespace CodeAssure.Sbom.Validation.TextProto;

/// <summary>The kinds of scalar in protobuf text format.</summary>
internal enum TextProtoScalarKind
{
    String,
    Integer,
    Float,
    Identifier,
}

/// <summary>A field as written: its name, where it starts, and either a nested message or a scalar.</summary>
internal sealed record TextProtoField(string Name, int Line, int Column, TextProtoMessage? Message, TextProtoScalarKind ScalarKind, string Scalar)
{
    public string Location => $"{Line}:{Column}";
}

/// <summary>A message: its fields in document order (repeated fields appear once per value).</summary>
internal sealed record TextProtoMessage(IReadOnlyList<TextProtoField> Fields);
