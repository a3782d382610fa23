using System.Text.RegularExpressions;
using CodeAssure.Checks.Secrets;

namespace CodeAssure.Checks.Tests.Secrets;

/// <summary>
/// The keyword contexts skip the pattern where it cannot match; they must accept every occurrence the pattern can use
/// (or findings would be lost) and reject the common harmless ones (or they save nothing).
/// </summary>
public sealed class KeywordContextTests
{
    [Theory]
    [InlineData("db_password = \"s3cr3t-Value-99\"", "password")]
    [InlineData("\"api_key\": \"AbCdEf0123456789\"", "api_key")]
    [InlineData("TOKEN:=abcdefgh12345678", "TOKEN")]
    [InlineData("settings[secret] => 'x'", "secret")]
    [InlineData("my_token_secret\t=\t1", "token")]
    [InlineData("password=", "password")]
    public void Assignment_accepts_every_keyword_inside_an_assigned_name(string line, string keyword) =>
        Assert.True(KeywordContexts.Assignment(After(line, keyword)));

    [Theory]
    [InlineData("CancellationToken cancellationToken)", "Token")]
    [InlineData("var tokens = new List<Token>();", "Token")]
    [InlineData("// the secret is never logged", "secret")]
    [InlineData("password", "password")]
    public void Assignment_rejects_keywords_not_followed_by_an_assignment(string line, string keyword) =>
        Assert.False(KeywordContexts.Assignment(After(line, keyword)));

    [Theory]
    [InlineData("postgres://app:Sup3rS3cret@db.internal:5432/app", true)] // codeassure:allow database-url-credentials (a test input)
    [InlineData("redis://:onlypassword@cache:6379", true)] // codeassure:allow database-url-credentials (a test input)
    [InlineData("https://example.com/path?a=b", false)]
    [InlineData("https://user@example.com/", false)]
    [InlineData("https://host:8443/x", false)]
    [InlineData("ftp://user:pa/ss@host", false)]
    public void Url_user_info_needs_a_colon_a_password_and_an_at_sign(string line, bool expected) =>
        Assert.Equal(expected, KeywordContexts.UrlUserInfo(After(line, "://")));

    [Theory]
    [InlineData("Server=db;Password =x;", true)]
    [InlineData("pwd=x", true)]
    [InlineData("Password: x", false)]
    public void Equals_sign_follows_a_connection_string_key(string line, bool expected) =>
        Assert.Equal(expected, KeywordContexts.EqualsSign(After(line, line.Contains("pwd", StringComparison.Ordinal) ? "pwd" : "Password"))); // codeassure:allow default-password (not a password: the key names)

    [Fact]
    public void No_line_the_generic_rules_match_is_rejected_by_their_contexts()
    {
        // Lines built from the pieces the patterns allow around each keyword; wherever a rule's pattern matches a line,
        // its context must accept at least the occurrence inside the match.
        string[] names = ["password", "db_password", "SECRET_KEY", "apiKey", "x.api-key.y", "auth_key", "pwd", "credentials"];
        string[] joins = ["=", " = ", ": ", "\" : ", "'] = ", ":=", " => ", "\t=\t"];
        string[] values = ["\"Zx9Qw7Er5Ty3Ui1O\"", "Zx9Qw7Er5Ty3Ui1O", "'changeme'", "admin123"];
        var rules = SecretRules.Default.Where(r => r.KeywordContext is not null).ToList();
        var checkedMatches = 0;
        foreach (var name in names)
        {
            foreach (var join in joins)
            {
                foreach (var value in values)
                {
                    var line = "  " + name + join + value + ";";
                    foreach (var rule in rules)
                    {
                        foreach (Match match in rule.Pattern.Matches(line))
                        {
                            var accepted = rule.Keywords.Any(k =>
                            {
                                for (var at = line.IndexOf(k, match.Index, StringComparison.OrdinalIgnoreCase);
                                     at >= 0 && at < match.Index + match.Length;
                                     at = line.IndexOf(k, at + 1, StringComparison.OrdinalIgnoreCase))
                                {
                                    if (rule.KeywordContext!(line.AsSpan(at + k.Length)))
                                    {
                                        return true;
                                    }
                                }

                                return false;
                            });
                            Assert.True(accepted, $"{rule.Id} matches '{line}' but its context rejects every keyword in the match");
                            checkedMatches++;
                        }
                    }
                }
            }
        }

        Assert.True(checkedMatches > 100, $"only {checkedMatches} matches were checked");
    }

    private static ReadOnlySpan<char> After(string line, string keyword)
    {
        var at = line.IndexOf(keyword, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{keyword}' not in '{line}'");
        return line.AsSpan(at + keyword.Length);
    }
}
