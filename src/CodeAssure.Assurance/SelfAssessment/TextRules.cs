namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>Checks on free text shared by every type that takes it from people.</summary>
internal static class TextRules
{
    /// <summary>Null when the text is acceptable free text (line breaks and tabs allowed), else what is wrong.</summary>
    public static string? ProblemWithText(string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            return $"is {text.Length} characters long; at most {maxLength} are allowed";
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"holds an unpaired surrogate at position {i + 1}";
            }

            if (c is not ('\n' or '\r' or '\t') && (char.IsControl(c) || c is '\u2028' or '\u2029'))
            {
                return $"holds control character U+{(int)c:X4} at position {i + 1}";
            }
        }

        return null;
    }

    /// <summary>Null when the text is an acceptable one-line name (no line breaks, not blank), else what is wrong.</summary>
    public static string? ProblemWithName(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "is empty";
        }

        if (text.AsSpan().IndexOfAny('\n', '\r', '\t') >= 0)
        {
            return "must be one line";
        }

        return ProblemWithText(text, maxLength);
    }

    public static void RequireName(string? text, string parameter, int maxLength)
    {
        var problem = ProblemWithName(text, maxLength);
        if (problem is not null)
        {
            throw new ArgumentException($"{parameter} {problem}", parameter);
        }
    }

    public static void RequireText(string? text, string parameter, int maxLength)
    {
        var problem = text is null ? null : ProblemWithText(text, maxLength);
        if (problem is not null)
        {
            throw new ArgumentException($"{parameter} {problem}", parameter);
        }
    }
}
