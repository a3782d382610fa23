namespace CodeAssure.Cli.Output;

/// <summary>
/// A human-readable document written line by line. Renderers describe structure (headings, rows, bullets) once;
/// <see cref="PlainTextDocument"/> and <see cref="MarkdownDocument"/> decide how it looks.
/// </summary>
internal abstract class TextDocument(TextWriter writer)
{
    protected TextWriter Writer { get; } = writer;

    /// <summary>The document's title.</summary>
    public abstract void Title(string text);

    /// <summary>A section heading.</summary>
    public abstract void Heading(string text);

    /// <summary>A paragraph of prose.</summary>
    public abstract void Paragraph(string text);

    /// <summary>A labelled value.</summary>
    public abstract void Field(string label, string value);

    /// <summary>A row in an outline: an id, its text, and an optional note (e.g. applicability), indented by depth.</summary>
    public abstract void Row(int depth, string id, string text, string? note = null);

    /// <summary>A bullet point, indented by depth.</summary>
    public abstract void Bullet(int depth, string text);

    /// <summary>Creates the document for a format; JSON has no text document.</summary>
    public static TextDocument For(OutputFormat format, TextWriter writer) => format switch
    {
        OutputFormat.Md => new MarkdownDocument(writer),
        OutputFormat.Table => new PlainTextDocument(writer),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "JSON is not a text document"),
    };
}
