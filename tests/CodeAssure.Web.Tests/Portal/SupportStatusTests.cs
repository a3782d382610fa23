using CodeAssure.Data.Entities;
using CodeAssure.Web.Trust;

namespace CodeAssure.Web.Tests.Portal;

/// <summary>Which support periods are in force on a day, and which portal paths the page cache handles.</summary>
public sealed class SupportStatusTests
{
    private static readonly Product Product = new() { Id = Guid.NewGuid(), Name = "P" };
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public void A_period_is_current_from_its_first_day_through_its_last_day()
    {
        var startsToday = Period("a", Today, null);
        var endsToday = Period("b", Today.AddYears(-1), Today);
        var endedYesterday = Period("c", Today.AddYears(-1), Today.AddDays(-1));
        var startsTomorrow = Period("d", Today.AddDays(1), null);

        var status = SupportStatus.On(Product, [startsTomorrow, endedYesterday, endsToday, startsToday], Today);

        Assert.Equal(["a", "b"], status.Current.Select(p => p.Versions));
        Assert.Equal(["d"], status.Upcoming.Select(p => p.Versions));
        Assert.Equal(["c"], status.Ended.Select(p => p.Versions));
    }

    [Theory]
    [InlineData(SupportLevel.Full, "Full support")]
    [InlineData(SupportLevel.SecurityFixesOnly, "Security fixes only")]
    [InlineData(SupportLevel.None, "Not supported")]
    public void Every_level_is_written_out_in_words(SupportLevel level, string words) => Assert.Equal(words, SupportStatus.Describe(level));

    [Theory]
    [InlineData("/trust/acme", true)]
    [InlineData("/trust/acme/advisories", true)]
    [InlineData("/trust/acme/advisories/ACME-1", true)]
    [InlineData("/trust/acme/incidents", true)]
    [InlineData("/trust/acme/assessment", true)]
    [InlineData("/trust/acme/products/5f1c0e4e-0000-0000-0000-000000000000", true)]
    [InlineData("/trust/acme/security.txt", false)]
    [InlineData("/trust/acme/.well-known/security.txt", false)]
    [InlineData("/trust/acme/csaf/2026/acme-1.json", false)]
    [InlineData("/trust/acme/feed.atom", false)]
    [InlineData("/trust/acme/report", false)]
    [InlineData("/trust/acme/", false)]
    [InlineData("/trust//advisories", false)]
    [InlineData("/orgs/acme", false)]
    public void The_page_cache_handles_the_portal_pages_only(string path, bool handled) =>
        Assert.Equal(handled, PortalPageCache.TryReadVendor(new Microsoft.AspNetCore.Http.PathString(path), out _));

    private static SupportPeriod Period(string versions, DateOnly starts, DateOnly? ends) =>
        new() { Id = Guid.NewGuid(), ProductId = Product.Id, Versions = versions, Level = SupportLevel.Full, StartsOn = starts, EndsOn = ends };
}
