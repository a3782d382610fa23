using System.Text;
using CodeAssure.Checks.SecurityTxt;

namespace CodeAssure.Checks.Tests.SecurityTxt;

public sealed class SecurityTxtHostileInputTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private const string Minimal = "Contact: mailto:security@example.com\nExpires: 2026-12-31T23:59:59Z\n";

    private static SecurityTxtValidationResult Validate(byte[] content) => SecurityTxtValidator.Validate(content, Now);

    [Fact]
    public void Reports_a_file_over_64_KiB_and_reads_only_the_first_64_KiB()
    {
        var padding = string.Concat(Enumerable.Repeat("# padding padding padding padding padding padding padding\n", 2000));
        var result = Validate(Encoding.UTF8.GetBytes(Minimal + padding + "Policy: https://example.com/policy\n"));
        Assert.False(result.IsValid);
        Assert.Contains("64 KiB", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Single(result.Document.Contacts);
        Assert.Empty(result.Document.Policy); // beyond the limit, never read
    }

    [Fact]
    public void Rejects_binary_content_without_crashing()
    {
        var bytes = new byte[4096];
        new Random(9116).NextBytes(bytes);
        bytes[10] = 0;
        var result = Validate(bytes);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Message.Contains("NUL", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_non_utf8_text_with_the_line_of_the_first_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal).Concat(Encoding.Latin1.GetBytes("# Sécurité\n")).ToArray();
        var error = Assert.Single(Validate(bytes).Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_non_ascii_utf8_in_comments()
    {
        var result = Validate(Encoding.UTF8.GetBytes("# Sécurité — 安全\n" + Minimal));
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Rejects_non_ascii_text_in_an_extension_field_value()
    {
        var error = Assert.Single(Validate(Encoding.UTF8.GetBytes(Minimal + "X-Team: Équipe\n")).Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("non-ASCII", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Handles_a_one_megabyte_line_with_a_short_message()
    {
        var result = Validate(Encoding.UTF8.GetBytes(Minimal + new string('A', 1024 * 1024) + "\n"));
        Assert.False(result.IsValid);
        Assert.Contains("64 KiB", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_only_the_start_of_a_very_long_bad_line()
    {
        var result = Validate(Encoding.UTF8.GetBytes(Minimal + new string('A', 60_000) + "\n"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.True(error.Message.Length < 400, $"message of {error.Message.Length} characters");
    }

    [Fact]
    public void Accepts_thousands_of_extension_fields()
    {
        var fields = string.Concat(Enumerable.Range(0, 2000).Select(i => $"X-Field-{i}: value {i}\n"));
        var result = Validate(Encoding.UTF8.GetBytes(Minimal + fields));
        Assert.True(result.IsValid, string.Join("; ", result.Problems.Take(3)));
        Assert.Equal(2002, result.Document.Fields.Count);
    }

    [Fact]
    public void Caps_the_problem_list_for_thousands_of_bad_lines()
    {
        var bad = string.Concat(Enumerable.Repeat("not a field\n", 5000));
        var result = Validate(Encoding.UTF8.GetBytes(Minimal + bad));
        Assert.False(result.IsValid);
        Assert.True(result.Problems.Count <= 501, $"{result.Problems.Count} problems");
        Assert.Contains("further problems", result.Problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_signed_message_that_begins_but_never_ends()
    {
        var result = Validate(Encoding.UTF8.GetBytes("-----BEGIN PGP SIGNED MESSAGE-----\n"));
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Message.Contains("signature", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_carriage_return_only_line_endings_but_still_reads_the_fields()
    {
        var result = Validate(Encoding.UTF8.GetBytes(Minimal.Replace('\n', '\r')));
        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("CR", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Document.Contacts);
        Assert.NotNull(result.Document.Expires);
    }

    [Fact]
    public void Escapes_control_characters_quoted_in_messages()
    {
        var result = Validate(Encoding.UTF8.GetBytes(Minimal + "\u001b[31mred\n"));
        Assert.All(result.Problems, p => Assert.DoesNotContain('\u001b', p.Message));
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Reports_an_empty_file_as_missing_both_required_fields()
    {
        var result = Validate([]);
        Assert.Equal(2, result.Errors.Count());
    }
}
