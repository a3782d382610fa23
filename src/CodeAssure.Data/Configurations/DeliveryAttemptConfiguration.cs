using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class DeliveryAttemptConfiguration : IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<DeliveryAttempt> e)
    {
        e.Property(a => a.Error).HasMaxLength(2000);
        e.HasIndex(a => a.OutboxMessageId);
        e.HasIndex(a => a.OrganisationId);
        e.HasOne<OutboxMessage>().WithMany().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
