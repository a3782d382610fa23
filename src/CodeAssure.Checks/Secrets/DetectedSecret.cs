using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Secrets;

/// <summary>A secret found in a text, before it is placed, redacted and fingerprinted.</summary>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Index">Where the secret starts in the text (UTF-16 index).</param>
/// <param name="Secret">The secret itself; never leaves the scanner.</param>
/// <param name="Level">The level (the rule's, or lower when a built-in checksum does not match).</param>
/// <param name="Note">Extra words for the message, e.g. about a checksum.</param>
internal sealed record DetectedSecret(SecretRule Rule, int Index, string Secret, FindingLevel Level, string? Note);
