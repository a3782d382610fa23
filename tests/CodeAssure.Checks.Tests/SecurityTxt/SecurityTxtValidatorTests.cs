using System.Text;
using CodeAssure.Checks.SecurityTxt;

namespace CodeAssure.Checks.Tests.SecurityTxt;

public sealed class SecurityTxtValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private const string Minimal = "Contact: mailto:security@example.com\nExpires: 2026-12-31T23:59:59Z\n";

    private static SecurityTxtValidationResult Validate(string text, SecurityTxtRetrieval? retrieval = null) =>
        SecurityTxtValidator.Validate(Encoding.UTF8.GetBytes(text), Now, retrieval);

    private static SecurityTxtProblem SingleError(SecurityTxtValidationResult result) => Assert.Single(result.Errors);

    [Fact]
    public void Accepts_a_minimal_file_with_contact_and_expires()
    {
        var result = Validate(Minimal);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Empty(result.Problems);
        Assert.Equal("mailto:security@example.com", Assert.Single(result.Document.Contacts).OriginalString);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.Zero), result.Document.Expires);
    }

    [Fact]
    public void Accepts_crlf_line_endings_and_case_insensitive_field_names()
    {
        var result = Validate("cONTACT: tel:+1-201-555-0123\r\nEXPIRES: 2026-12-31T23:59:59z\r\n");
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal("tel:+1-201-555-0123", Assert.Single(result.Document.Contacts).OriginalString);
    }

    [Fact]
    public void Rejects_a_file_without_contact()
    {
        var error = SingleError(Validate("Expires: 2026-12-31T23:59:59Z\n"));
        Assert.Contains("Contact", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_file_without_expires()
    {
        var error = SingleError(Validate("Contact: mailto:security@example.com\n"));
        Assert.Contains("Expires", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_expires_twice_at_the_second_line()
    {
        var error = SingleError(Validate(Minimal + "Expires: 2026-11-30T00:00:00Z\n"));
        Assert.Equal(3, error.Line);
        Assert.Contains("more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Judges_expiry_at_the_time_given()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal);
        Assert.True(SecurityTxtValidator.Validate(bytes, new FixedTime(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero))).IsValid);
        var expired = SecurityTxtValidator.Validate(bytes, new FixedTime(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.False(expired.IsValid);
        Assert.Equal(2, Assert.Single(expired.Errors).Line);
        Assert.Contains("expired", Assert.Single(expired.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Warns_but_accepts_an_expiry_more_than_a_year_ahead()
    {
        var result = Validate("Contact: mailto:security@example.com\nExpires: 2030-01-01T00:00:00Z\n");
        Assert.True(result.IsValid);
        Assert.Contains("more than a year", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-31")]
    [InlineData("2026-12-31T23:59:59")]
    [InlineData("2026-02-30T00:00:00Z")]
    [InlineData("31/12/2026")]
    [InlineData("2026-12-31T24:00:00Z")]
    public void Rejects_an_expires_that_is_not_an_rfc3339_date_time(string value)
    {
        var error = SingleError(Validate($"Contact: mailto:security@example.com\nExpires: {value}\n"));
        Assert.Equal(2, error.Line);
        Assert.Contains("RFC 3339", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_an_expires_with_a_long_fraction_of_a_second()
    {
        var result = Validate("Contact: mailto:security@example.com\nExpires: 2026-12-31T23:59:59.123456789012Z\n");
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Accepts_an_expires_with_a_space_separator_and_an_offset_with_a_warning()
    {
        var result = Validate("Contact: mailto:security@example.com\nExpires: 2026-12-31 13:08:19+01:00\n");
        Assert.True(result.IsValid);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 12, 8, 19, TimeSpan.Zero), result.Document.Expires);
        Assert.Contains("space", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acknowledgments")]
    [InlineData("Canonical")]
    [InlineData("Contact")]
    [InlineData("Encryption")]
    [InlineData("Hiring")]
    [InlineData("Policy")]
    [InlineData("CSAF")]
    public void Rejects_http_web_uris_in_every_uri_field(string field)
    {
        var result = Validate(Minimal + $"{field}: http://example.com/x\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("https://", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggests_mailto_for_a_bare_email_address()
    {
        var error = SingleError(Validate("Contact: security@example.com\nExpires: 2026-12-31T23:59:59Z\n"));
        Assert.Contains("mailto:security@example.com", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_chained_values_in_one_field()
    {
        var error = SingleError(Validate(Minimal + "Contact: mailto:a@example.com, mailto:b@example.com\n"));
        Assert.Contains("chained", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_key_pasted_into_encryption()
    {
        var error = SingleError(Validate(Minimal + "Encryption: -----BEGIN PGP PUBLIC KEY BLOCK-----\n"));
        Assert.Contains("MUST NOT appear", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_non_web_uris_for_encryption()
    {
        var result = Validate(Minimal + "Encryption: openpgp4fpr:5f2de5521c63a801ab59ccb603d49de44b29100f\nEncryption: dns:5d2d37ab76d47d36._openpgpkey.example.com?type=OPENPGPKEY\n");
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(2, result.Document.Encryption.Count);
    }

    [Fact]
    public void Reads_preferred_languages_as_language_tags()
    {
        var result = Validate(Minimal + "Preferred-Languages: en, es ,zh-Hant-TW\n");
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(["en", "es", "zh-Hant-TW"], result.Document.PreferredLanguages);
    }

    [Fact]
    public void Rejects_preferred_languages_twice_and_bad_tags()
    {
        var result = Validate(Minimal + "Preferred-Languages: en\nPreferred-Languages: en_GB, \n");
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Message.Contains("more than once", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Message.Contains("not a language tag", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Message.Contains("empty entry", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_unknown_fields_as_extension_fields_and_accepts_csaf()
    {
        var result = Validate(Minimal + "CSAF: https://example.com/.well-known/csaf/provider-metadata.json\nX-Bug-Bounty: https://example.com/bounty\n");
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Single(result.Document.Csaf);
        Assert.Equal("X-Bug-Bounty", Assert.Single(result.Document.ExtensionFields).Name);
    }

    [Fact]
    public void Warns_about_a_likely_misspelt_field_name()
    {
        var result = Validate(Minimal + "Acknowledgements: https://example.com/thanks\n");
        Assert.True(result.IsValid);
        Assert.Contains("Acknowledgments", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_comments_and_blank_lines_with_white_space()
    {
        var result = Validate("# Our address\n \t\nContact: mailto:security@example.com\n#\nExpires: 2026-12-31T23:59:59Z\n");
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Rejects_a_line_that_is_neither_field_comment_nor_blank_with_its_line_number()
    {
        var error = SingleError(Validate(Minimal + "Generated at: https://example.com\n"));
        Assert.Equal(3, error.Line);
        Assert.Contains("'Generated at'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_folded_extension_field_value_but_not_a_folded_registered_field()
    {
        Assert.True(Validate(Minimal + "X-Note: first part\n  second part\n").IsValid);
        var error = SingleError(Validate("Contact: mailto:security@example.com\n  more\nExpires: 2026-12-31T23:59:59Z\n"));
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Requires_one_space_after_the_colon()
    {
        var error = SingleError(Validate("Contact:mailto:security@example.com\nExpires: 2026-12-31T23:59:59Z\n"));
        Assert.Equal(1, error.Line);
        Assert.Contains("one space", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_field_without_a_value()
    {
        var result = Validate(Minimal + "Policy:\n");
        Assert.Contains(result.Errors, e => e.Line == 3 && e.Message.Contains("no value", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_a_last_line_without_a_line_ending()
    {
        var error = SingleError(Validate("Contact: mailto:security@example.com\nExpires: 2026-12-31T23:59:59Z"));
        Assert.Equal(2, error.Line);
        Assert.Contains("line ending", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checks_https_content_type_and_canonical_when_fetched()
    {
        var good = Validate(Minimal + "Canonical: https://example.com/.well-known/security.txt\n",
            new SecurityTxtRetrieval(new Uri("https://example.com/.well-known/security.txt"), "text/plain; charset=utf-8"));
        Assert.True(good.IsValid);
        Assert.Empty(good.Problems);

        var bad = Validate(Minimal + "Canonical: https://other.example/.well-known/security.txt\n",
            new SecurityTxtRetrieval(new Uri("http://example.com/.well-known/security.txt"), "text/html"));
        Assert.Contains(bad.Errors, e => e.Message.Contains("https", StringComparison.Ordinal));
        Assert.Contains(bad.Errors, e => e.Message.Contains("text/html", StringComparison.Ordinal));
        Assert.Contains(bad.Warnings, w => w.Line == 3 && w.Message.Contains("Canonical", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "without a Content-Type")]
    [InlineData("text/plain", "no charset")]
    [InlineData("text/plain; charset=iso-8859-1", "iso-8859-1")]
    public void Requires_text_plain_with_charset_utf8_when_fetched(string? contentType, string expected)
    {
        var result = Validate(Minimal, new SecurityTxtRetrieval(new Uri("https://example.com/.well-known/security.txt"), contentType));
        Assert.Contains(expected, SingleError(result).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_text_plain_with_charset_in_any_case()
    {
        var result = Validate(Minimal, new SecurityTxtRetrieval(new Uri("https://example.com/security.txt"), "Text/Plain;Charset=\"UTF-8\""));
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }
}
