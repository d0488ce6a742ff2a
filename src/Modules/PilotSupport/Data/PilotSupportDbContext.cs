using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Data;

internal sealed class PilotSupportDbContext(DbContextOptions<PilotSupportDbContext> options) : DbContext(options)
{
    public DbSet<Pilot> Pilots => Set<Pilot>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Pilot>(e =>
        {
            e.ToTable("PilotSupport_Pilots");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.ProposalId).IsUnique();
            e.Property(x => x.ReceiptNumber).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.DepartmentCode).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<int>();
        });
}
