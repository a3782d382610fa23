using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> e)
    {
        e.Property(i => i.Reference).HasMaxLength(50);
        e.Property(i => i.Title).HasMaxLength(500);
        e.Property(i => i.Description).HasMaxLength(20000);
        e.Property(i => i.AffectedProductIds).HasMaxLength(4000);
        e.Property(i => i.AffectedCustomers).HasMaxLength(2000);
        e.Property(i => i.PublicSummary).HasMaxLength(10000);
        e.Property(i => i.Severity).HasConversion<string>().HasMaxLength(20);
        e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(i => new { i.OrganisationId, i.Reference }).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
