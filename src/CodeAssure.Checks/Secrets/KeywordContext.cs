namespace CodeAssure.Checks.Secrets;

/// <summary>
/// A necessary condition on the text right after a keyword occurrence (up to the end of its line) for the rule's pattern
/// to match with that occurrence inside it. It must never be stricter than the pattern: it only saves running the
/// pattern where it cannot match, so results are the same with or without it.
/// </summary>
internal delegate bool KeywordContext(ReadOnlySpan<char> afterKeyword);
