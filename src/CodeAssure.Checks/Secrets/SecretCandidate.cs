using System.Text.RegularExpressions;

namespace CodeAssure.Checks.Secrets;

/// <summary>
/// A pattern match a rule may still reject: the secret, the whole match and the text it was found in. For a rule of
/// <see cref="RuleScope.Line"/> that text may be the match's line alone (the scanner decodes only the lines around
/// keyword hits); a rule that needs to look further must have a wider scope.
/// </summary>
internal readonly record struct SecretCandidate(string Secret, Match Match, string Text);
