using System.Text.RegularExpressions;

namespace CodeAssure.Checks.Secrets;

/// <summary>A pattern match a rule may still reject: the secret, the whole match and the text it was found in.</summary>
internal readonly record struct SecretCandidate(string Secret, Match Match, string Text);
