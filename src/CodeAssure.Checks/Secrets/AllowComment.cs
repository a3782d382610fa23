namespace CodeAssure.Checks.Secrets;

/// <summary>
/// Inline suppression: <c>codeassure:allow</c> on the finding's line or the line above, in any comment syntax, allows every
/// rule there; <c>codeassure:allow aws-access-key-id, CA-SECRETS-001</c> allows only the ids listed. Words that are not
/// rule ids (e.g. "codeassure:allow test fixture") are a reason, not a restriction.
/// </summary>
internal static class AllowComment
{
    public const string Marker = "codeassure:allow";

    public static bool Allows(ReadOnlySpan<char> line, string ruleId, IReadOnlySet<string> knownIds)
    {
        var at = line.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var rest = line[(at + Marker.Length)..];
            if (AllowsIds(rest, ruleId, knownIds))
            {
                return true;
            }

            var next = rest.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + Marker.Length + next;
        }

        return false;
    }

    // The words that follow the marker, separated by spaces or commas; a word without a letter (a comment closer such as
    // "-->") ends them. When none of them is a known rule id, every rule is allowed.
    private static bool AllowsIds(ReadOnlySpan<char> rest, string ruleId, IReadOnlySet<string> knownIds)
    {
        var any = false;
        var i = 0;
        while (true)
        {
            while (i < rest.Length && rest[i] is ' ' or '\t' or ',' or ':' or '=')
            {
                i++;
            }

            var start = i;
            while (i < rest.Length && (char.IsAsciiLetterOrDigit(rest[i]) || rest[i] is '-' or '_'))
            {
                i++;
            }

            var word = rest[start..i];
            if (word.IsEmpty || !word.ContainsAnyInRange('A', 'Z') && !word.ContainsAnyInRange('a', 'z'))
            {
                return !any;
            }

            if (word.Equals(ruleId, StringComparison.OrdinalIgnoreCase) || word.Equals(SecretRules.CheckId, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            any |= knownIds.Contains(word.ToString());
        }
    }
}
