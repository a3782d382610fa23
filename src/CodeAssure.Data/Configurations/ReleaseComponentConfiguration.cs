using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class ReleaseComponentConfiguration : IEntityTypeConfiguration<ReleaseComponent>
{
    public void Configure(EntityTypeBuilder<ReleaseComponent> e)
    {
        e.ToTable("ReleaseComponents");
        e.Property(c => c.Purl).HasMaxLength(2000);
        e.Property(c => c.Name).HasMaxLength(1000);
        e.Property(c => c.Version).HasMaxLength(200);
        e.Property(c => c.Ecosystem).HasMaxLength(40);
        e.HasIndex(c => c.ReleaseId);
        e.HasOne<Release>().WithMany().HasForeignKey(c => c.ReleaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
