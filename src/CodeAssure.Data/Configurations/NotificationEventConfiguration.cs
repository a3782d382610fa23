using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class NotificationEventConfiguration : IEntityTypeConfiguration<NotificationEvent>
{
    public void Configure(EntityTypeBuilder<NotificationEvent> e)
    {
        e.Property(n => n.Kind).HasMaxLength(60);
        e.Property(n => n.Title).HasMaxLength(500);
        e.Property(n => n.Summary).HasMaxLength(4000);
        e.Property(n => n.Link).HasMaxLength(1000);
        e.HasIndex(n => new { n.OrganisationId, n.OccurredAt });
        e.HasIndex(n => n.FannedOutAt);
        e.HasOne<Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
