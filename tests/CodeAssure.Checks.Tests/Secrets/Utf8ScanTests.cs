using System.Text;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Secrets;

namespace CodeAssure.Checks.Tests.Secrets;

/// <summary>
/// The byte-level path (keywords searched in the raw UTF-8, only the lines around them decoded) must report exactly what
/// decoding the whole file and scanning the text reports: same rules, lines, columns (in UTF-16 characters), values.
/// </summary>
public sealed class Utf8ScanTests
{
    private static readonly string AwsKey = SecretRuleCases.AwsExampleKeyId;
    private static readonly string AwsLine = $"aws_access_key_id = {AwsKey}";

    private readonly SecretScanner _scanner = new();

    public static TheoryData<string, string> RuleCases()
    {
        var data = new TheoryData<string, string>();
        var i = 0;
        foreach (var (rule, text, _) in SecretRuleCases.Positives())
        {
            data.Add($"positive {i++} {rule}", text);
        }

        foreach (var (rule, text) in SecretRuleCases.NearMisses())
        {
            data.Add($"near miss {i++} {rule}", text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleCases))]
    public void Every_rule_case_gives_the_same_findings_as_the_whole_text(string name, string text)
    {
        Assert.NotNull(name);
        AssertSameAsWholeText(text);

        // Again behind other lines, a multi-byte prefix and CRLF endings, so lines and columns are not trivially 1.
        AssertSameAsWholeText($"héllo wörld €\r\nsecond line ✓\n  ✓✓ {text}\r\ntail\n");
    }

    [Fact]
    public void All_rule_cases_in_one_file_give_the_same_findings_as_the_whole_text()
    {
        var file = string.Join("\n// ünïcødé 😀 separator\n", SecretRuleCases.Positives().Select(p => p.Text));

        var findings = AssertSameAsWholeText(file);

        Assert.True(findings.Count >= 50, $"only {findings.Count} findings");
    }

    [Fact]
    public void Lines_with_only_line_scoped_rules_are_searched_without_decoding_the_whole_file()
    {
        // No keyword of a PEM or whole-file rule: the byte-level path answers by itself.
        var bytes = Encoding.UTF8.GetBytes($"first\n{AwsLine}\n");

        var findings = _scanner.FindingsInUtf8(bytes, "f.txt", out _);

        Assert.NotNull(findings);
        Assert.Equal(new SourceLocation("f.txt", 2, 21), Assert.Single(findings).Location);
    }

    [Fact]
    public void A_keyword_of_a_multi_line_rule_falls_back_to_the_whole_text()
    {
        var bytes = Encoding.UTF8.GetBytes($"{AwsLine}\n-----BEGIN PRIVATE KEY-----\n");

        Assert.Null(_scanner.FindingsInUtf8(bytes, "f.txt", out _));
        Assert.Equal("aws-access-key-id", Assert.Single(_scanner.ScanUtf8(bytes, "f.txt", out _)).RuleId);
    }

    [Fact]
    public void Column_counts_characters_after_multi_byte_utf8_on_the_same_line()
    {
        // é (2 bytes, 1 char), € (3 bytes, 1 char), 😀 (4 bytes, 2 UTF-16 chars), as the whole-text path counts them.
        var findings = AssertSameAsWholeText($"x\né€😀 {AwsLine}\n");

        var location = Assert.Single(findings).Location!;
        Assert.Equal(2, location.Line);
        Assert.Equal("é€😀 ".Length + "aws_access_key_id = ".Length + 1, location.Column);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Crlf_and_cr_only_line_endings_give_the_same_lines_and_columns(string newline)
    {
        var findings = AssertSameAsWholeText($"one{newline}two{newline}  {AwsLine}{newline}three{newline}");

        var location = Assert.Single(findings).Location!;

        // Lines end at '\n' only (as they always have): a CR-only file is one line.
        Assert.Equal(newline == "\r" ? 1 : 3, location.Line);
        Assert.Equal(newline == "\r" ? 3 + 1 + 3 + 1 + 2 + 21 : 2 + 21, location.Column);
    }

    [Fact]
    public void A_byte_order_mark_is_counted_in_the_first_line_as_before()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($"{AwsLine}\n")];

        var findings = AssertSameAsWholeText(bytes);

        // Decoding keeps U+FEFF as a character, so the column is one more than without the mark.
        Assert.Equal(new SourceLocation("f.txt", 1, 22), Assert.Single(findings).Location);
    }

    [Fact]
    public void A_secret_on_the_last_line_without_a_newline_is_found()
    {
        var findings = AssertSameAsWholeText($"a\nb\n{AwsLine}");

        Assert.Equal(new SourceLocation("f.txt", 3, 21), Assert.Single(findings).Location);
    }

    [Fact]
    public void A_very_long_line_is_searched_whole()
    {
        var padding = new string('x', 1_000_000);
        var findings = AssertSameAsWholeText($"short\n{padding} {AwsLine} {padding}\n{AwsLine}");

        Assert.Equal([(2, padding.Length + 22), (3, 21)], findings.Select(f => (f.Location!.Line!.Value, f.Location.Column!.Value)));
    }

    [Fact]
    public void Invalid_utf8_next_to_line_breaks_decodes_as_in_the_whole_text()
    {
        // A truncated sequence before '\n', stray continuation bytes after it, an overlong form on the secret's line.
        byte[] bytes =
        [
            .. "a"u8, 0xE2, 0x82, (byte)'\n', 0x80, 0xBF, (byte)' ', 0xC0, 0xAF, (byte)' ', .. Encoding.ASCII.GetBytes(AwsLine),
            (byte)'\n', 0xF0, 0x9F, 0x98, (byte)'\n',
        ];

        var findings = AssertSameAsWholeText(bytes);

        Assert.Equal(2, Assert.Single(findings).Location!.Line);
    }

    [Fact]
    public void Allow_comments_on_the_line_or_the_line_above_work_as_before()
    {
        var text = $"// codeassure:allow aws-access-key-id\n{AwsLine}\nx = 1 # codeassure:allow\nz {AwsLine} // codeassure:allow test fixture ✓\n" +
            $"// codeassure:allow github-personal-access-token\n{AwsLine}\n";

        var findings = AssertSameAsWholeText(text, out var suppressed);

        Assert.Equal(6, Assert.Single(findings).Location!.Line);
        Assert.Equal(2, suppressed);
    }

    [Fact]
    public void Baseline_accepted_findings_are_left_out_as_before()
    {
        var text = $"✓ {AwsLine}\n{AwsLine}\n";
        var first = new SecretScanner().ScanText(text, "f.txt");
        var scanner = new SecretScanner(new SecretScanOptions { Baseline = SecretBaseline.FromFindings(first.Take(1), "accepted") });

        var findings = scanner.ScanUtf8(Encoding.UTF8.GetBytes(text), "f.txt", out var suppressed);

        Assert.Equal(scanner.ScanText(text, "f.txt"), findings);
        Assert.Empty(findings); // both lines hold the same secret in the same file: one fingerprint
        Assert.Equal(2, suppressed);
    }

    [Fact]
    public async Task A_keyword_split_across_the_read_boundary_is_found()
    {
        // The first 8 KB are read (binary sniffing) before the rest: put the keyword across that boundary.
        using var folder = new TempFolder();
        var prefix = new string('y', 8192 - 2) + "\n";
        folder.Write("split.txt", prefix + AwsKey + " trailing\n");
        var keyStart = Encoding.UTF8.GetByteCount(prefix);
        Assert.True(keyStart < 8192 && keyStart + AwsKey.Length > 8192);

        var result = await new SecretScanner().ScanDirectoryAsync(folder.Path);

        Assert.Equal(new SourceLocation("split.txt", 2, 1), Assert.Single(result.Findings).Location);
    }

    [Fact]
    public async Task A_utf16_file_is_skipped_as_binary_as_before()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "utf16.txt"), $"{AwsLine}\n", Encoding.Unicode);

        var result = await new SecretScanner().ScanDirectoryAsync(folder.Path);

        Assert.Empty(result.Findings);
        Assert.Equal(0, result.FilesScanned);
    }

    [Fact]
    public void Every_keyword_contains_a_prefilter_value()
    {
        var prefilter = new KeywordPrefilter(SecretRules.Default);

        foreach (var keyword in SecretRules.Default.SelectMany(r => r.Keywords))
        {
            Assert.Contains(prefilter.Values, v => keyword.Contains(v, StringComparison.OrdinalIgnoreCase));
        }

        Assert.True(prefilter.Values.Count < SecretRules.Default.Sum(r => r.Keywords.Count));
    }

    [Fact]
    public void The_prefilter_finds_keywords_in_any_case_and_moves_forward()
    {
        var prefilter = new KeywordPrefilter(SecretRules.Default);
        var text = "nothing here; then a ToKeN and an akia and 1q~x".AsSpan();
        Span<int> state = stackalloc int[prefilter.StateLength];
        state.Fill(-1);

        var hits = new List<int>();
        for (var at = prefilter.Next(text, 0, state); at >= 0; at = prefilter.Next(text, at + 1, state))
        {
            hits.Add(at);
        }

        Assert.Equal([text.IndexOf("ToKeN"), text.IndexOf("akia"), text.IndexOf("q~")], hits);
    }

    private List<CheckFinding> AssertSameAsWholeText(string text) => AssertSameAsWholeText(Encoding.UTF8.GetBytes(text), out _);

    private List<CheckFinding> AssertSameAsWholeText(string text, out int suppressed) => AssertSameAsWholeText(Encoding.UTF8.GetBytes(text), out suppressed);

    private List<CheckFinding> AssertSameAsWholeText(byte[] bytes) => AssertSameAsWholeText(bytes, out _);

    private List<CheckFinding> AssertSameAsWholeText(byte[] bytes, out int suppressed)
    {
        var expected = _scanner.Findings(Encoding.UTF8.GetString(bytes), "f.txt", line => line, null, out var expectedSuppressed);
        var actual = _scanner.ScanUtf8(bytes, "f.txt", out suppressed);
        Assert.Equal(expected, actual);
        Assert.Equal(expectedSuppressed, suppressed);
        return actual;
    }
}
