namespace CodeAssure.Checks.SecurityTxt;

/// <summary>One line of the file as decoded, without its line ending, with its 1-based number.</summary>
internal readonly record struct SourceLine(int Number, string Text);
