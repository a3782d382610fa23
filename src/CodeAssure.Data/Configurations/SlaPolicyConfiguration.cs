using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class SlaPolicyConfiguration : IEntityTypeConfiguration<SlaPolicy>
{
    public void Configure(EntityTypeBuilder<SlaPolicy> e)
    {
        e.ToTable("SlaPolicies");
        e.HasKey(p => p.OrganisationId);
        e.HasOne<Organisation>().WithOne().HasForeignKey<SlaPolicy>(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
