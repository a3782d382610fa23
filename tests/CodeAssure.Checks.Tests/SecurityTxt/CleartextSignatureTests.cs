using System.Text;
using CodeAssure.Checks.SecurityTxt;

namespace CodeAssure.Checks.Tests.SecurityTxt;

public sealed class CleartextSignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private const string Signed = """
        -----BEGIN PGP SIGNED MESSAGE-----
        Hash: SHA256

        Canonical: https://example.com/.well-known/security.txt
        Contact: mailto:security@example.com
        - -Not-A-Field: dash-escaped comment line follows
        - # a dash-escaped comment
        Expires: 2026-12-31T23:59:59Z
        -----BEGIN PGP SIGNATURE-----
        Version: GnuPG v2.2

        iHUEARYKAB0WIQSsP2kEdoKDVFpSg6u3rK+YCkjapwUCY9qRaQAKCRC3rK+YCkja
        =KONn
        -----END PGP SIGNATURE-----

        """;

    private static SecurityTxtValidationResult Validate(string text) =>
        SecurityTxtValidator.Validate(Encoding.UTF8.GetBytes(text), Now);

    [Fact]
    public void Parses_the_body_of_a_signed_file_and_keeps_line_numbers()
    {
        var result = Validate(Signed);
        Assert.True(result.Document.IsSigned);
        Assert.Equal(["SHA256"], result.Document.HashAlgorithms);
        Assert.Equal(5, result.Document.Fields.Single(f => f.Is("Contact")).Line);
        Assert.Equal(8, result.Document.Fields.Single(f => f.Is("Expires")).Line);
        // "- -Not-A-Field: …" unescapes to "-Not-A-Field: …", an extension field.
        Assert.Contains(result.Document.ExtensionFields, f => f.Name == "-Not-A-Field");
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Rejects_a_signed_message_without_a_signature_block()
    {
        var text = Signed[..Signed.IndexOf("-----BEGIN PGP SIGNATURE-----", StringComparison.Ordinal)];
        var result = Validate(text);
        Assert.Contains(result.Errors, e => e.Message.Contains("no signature", StringComparison.Ordinal));
        Assert.NotEmpty(result.Document.Contacts); // the body was still read
    }

    [Fact]
    public void Rejects_a_signature_block_that_is_never_closed()
    {
        var text = Signed.Replace("-----END PGP SIGNATURE-----\n", "", StringComparison.Ordinal);
        var error = Assert.Single(Validate(text).Errors);
        Assert.Equal(9, error.Line);
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_text_after_the_signature()
    {
        var error = Assert.Single(Validate(Signed + "Contact: mailto:evil@example.com\n").Errors);
        Assert.Contains("after the signature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_signed_message_without_a_hash_header()
    {
        var result = Validate(Signed.Replace("Hash: SHA256\n", "", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("Hash", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_an_unescaped_dash_line_inside_the_signed_text()
    {
        var result = Validate(Signed.Replace("- # a dash-escaped comment", "-- not escaped", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Line == 7 && e.Message.Contains("dash-escaped", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_a_signature_block_without_a_signed_message_header()
    {
        var text = "Contact: mailto:security@example.com\nExpires: 2026-12-31T23:59:59Z\n-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----\n";
        var result = Validate(text);
        Assert.Contains(result.Errors, e => e.Line == 3 && e.Message.Contains("armour", StringComparison.Ordinal));
    }

    [Fact]
    public void Warns_when_signed_without_canonical()
    {
        var result = Validate(Signed.Replace("Canonical: https://example.com/.well-known/security.txt\n", "", StringComparison.Ordinal));
        Assert.True(result.IsValid);
        Assert.Contains(result.Warnings, w => w.Message.Contains("Canonical", StringComparison.Ordinal));
    }
}
