using CodeAssure.Assurance.Evidence;

namespace CodeAssure.Assurance.Tests.Evidence;

public class EvidenceItemTests
{
    [Theory]
    [InlineData("http://example.com/policy")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://user:secret@example.com/")]
    [InlineData("/relative/path")]
    [InlineData("https://example.com/\nInjected")]
    public void Links_must_be_absolute_https_without_credentials(string url)
    {
        Assert.Throws<ArgumentException>(() => EvidenceItem.Link("l1", "Policy", url));
    }

    [Fact]
    public void An_https_link_is_accepted()
    {
        var item = EvidenceItem.Link("l1", "Policy", "https://example.com/security?x=1#top");

        Assert.Equal(EvidenceKind.Link, item.Kind);
        Assert.Equal("https", item.Url!.Scheme);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("../x")]
    [InlineData("<script>")]
    public void Ids_are_restricted_to_a_safe_alphabet(string id)
    {
        Assert.False(EvidenceItem.IsValidId(id));
        Assert.Throws<ArgumentException>(() => EvidenceItem.Link(id, "Policy", "https://example.com"));
    }

    [Fact]
    public void File_evidence_needs_a_lower_case_sha256_and_a_plain_name()
    {
        Assert.Throws<ArgumentException>(() => EvidenceItem.File("f", "t", "a.pdf", "application/pdf", 1, new string('A', 64)));
        Assert.Throws<ArgumentException>(() => EvidenceItem.File("f", "t", "../a.pdf", "application/pdf", 1, new string('a', 64)));
        Assert.Throws<ArgumentOutOfRangeException>(() => EvidenceItem.File("f", "t", "a.pdf", "application/pdf", -1, new string('a', 64)));
        Assert.Equal(1, EvidenceItem.File("f", "t", "a.pdf", "application/pdf", 1, new string('a', 64)).Size);
    }

    [Fact]
    public void Automated_evidence_keeps_facts_sorted_by_name()
    {
        var item = EvidenceItem.Automated("a", "Check", "bundle", "CA-X-001", new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" });

        Assert.Equal(["a", "b"], item.Facts.Keys);
    }
}
