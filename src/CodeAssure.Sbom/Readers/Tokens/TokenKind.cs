namespace CodeAssure.Sbom.Readers.Tokens;

/// <summary>What a <see cref="TokenReader"/> is positioned on.</summary>
internal enum TokenKind
{
    None,
    StartObject,
    EndObject,
    StartArray,
    EndArray,
    PropertyName,
    String,
    Number,
    Boolean,
    Null,
}
