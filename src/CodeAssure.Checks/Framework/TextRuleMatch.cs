namespace CodeAssure.Checks.Framework;

/// <summary>Where a <see cref="TextRule"/> matched: the file, the 1-based line and column, and the matched text (one line, shortened).</summary>
/// <param name="Rule">The rule that matched.</param>
/// <param name="Path">The file, relative, '/' separators.</param>
/// <param name="Line">The 1-based line of the match's start.</param>
/// <param name="Column">The 1-based column of the match's start.</param>
/// <param name="Text">The matched text, first line only, at most 120 characters.</param>
internal sealed record TextRuleMatch(TextRule Rule, string Path, int Line, int Column, string Text)
{
    /// <summary>"path:line", for facts.</summary>
    public string Where => $"{Path}:{Line}";
}
