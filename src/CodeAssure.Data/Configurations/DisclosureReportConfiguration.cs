using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class DisclosureReportConfiguration : IEntityTypeConfiguration<DisclosureReport>
{
    public void Configure(EntityTypeBuilder<DisclosureReport> e)
    {
        e.Property(r => r.TrackingReference).HasMaxLength(32);
        e.Property(r => r.ReporterEmail).HasMaxLength(254);
        e.Property(r => r.ReporterName).HasMaxLength(200);
        e.Property(r => r.Title).HasMaxLength(200);
        e.Property(r => r.Description).HasMaxLength(20000);
        e.Property(r => r.SeverityGuess).HasMaxLength(20);
        e.Property(r => r.SourceHash).HasMaxLength(64);
        e.Property(r => r.FormNonce).HasMaxLength(64);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(r => r.TrackingReference).IsUnique();
        e.HasIndex(r => r.FormNonce).IsUnique();
        e.HasIndex(r => new { r.OrganisationId, r.ReceivedAt });
        e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<VulnerabilityFinding>().WithMany().HasForeignKey(r => r.FindingId).OnDelete(DeleteBehavior.SetNull);
    }
}
