namespace CodeAssure.Cli.Output;

/// <summary>Plain text for a terminal: ids in an aligned column, sections set off by blank lines.</summary>
internal sealed class PlainTextDocument(TextWriter writer) : TextDocument(writer)
{
    private const int IdWidth = 8;

    public override void Title(string text)
    {
        Writer.WriteLine(text);
        Writer.WriteLine(new string('=', Math.Min(text.Length, 100)));
    }

    public override void Heading(string text)
    {
        Writer.WriteLine();
        Writer.WriteLine(text);
    }

    public override void Paragraph(string text) => Writer.WriteLine(text);

    public override void Field(string label, string value) => Writer.WriteLine($"{label}: {value}");

    public override void Row(int depth, string id, string text, string? note = null)
    {
        var suffix = note is null ? "" : $"  [{note}]";
        Writer.WriteLine($"{Indent(depth)}{id.PadRight(IdWidth)}{text}{suffix}");
    }

    public override void Bullet(int depth, string text) => Writer.WriteLine($"{Indent(depth)}- {text}");

    private static string Indent(int depth) => new(' ', 2 + (depth * IdWidth));
}
