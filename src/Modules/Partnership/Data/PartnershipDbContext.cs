using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Data;

internal sealed class PartnershipDbContext(DbContextOptions<PartnershipDbContext> options) : DbContext(options)
{
    public DbSet<Agreement> Agreements => Set<Agreement>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Agreement>(e =>
        {
            e.ToTable("Partnership_Agreements");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.ProposalId).IsUnique();
            e.Property(x => x.ReceiptNumber).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.DepartmentCode).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<int>();
        });
}
