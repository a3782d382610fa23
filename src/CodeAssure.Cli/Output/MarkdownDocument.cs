using System.Text;

namespace CodeAssure.Cli.Output;

/// <summary>CommonMark: headings, nested lists, bold ids; text is escaped so data can never become markup.</summary>
internal sealed class MarkdownDocument(TextWriter writer) : TextDocument(writer)
{
    public override void Title(string text) => Writer.WriteLine($"# {Escape(text)}");

    public override void Heading(string text)
    {
        Writer.WriteLine();
        Writer.WriteLine($"## {Escape(text)}");
        Writer.WriteLine();
    }

    public override void Paragraph(string text)
    {
        Writer.WriteLine();
        Writer.WriteLine(Escape(text));
        Writer.WriteLine();
    }

    public override void Field(string label, string value) => Writer.WriteLine($"- **{Escape(label)}:** {Escape(value)}");

    public override void Row(int depth, string id, string text, string? note = null)
    {
        var suffix = note is null ? "" : $" _({Escape(note)})_";
        Writer.WriteLine($"{Indent(depth)}- **{Escape(id)}** {Escape(text)}{suffix}");
    }

    public override void Bullet(int depth, string text) => Writer.WriteLine($"{Indent(depth)}- {Escape(text)}");

    private static string Indent(int depth) => new(' ', depth * 2);

    /// <summary>Backslash-escapes every ASCII punctuation character CommonMark could read as markup.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|' or '!')
            {
                builder.Append('\\');
            }

            builder.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return builder.ToString();
    }
}
