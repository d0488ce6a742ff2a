using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Data;

internal sealed class PilotSupportDbContext(DbContextOptions<PilotSupportDbContext> options) : DbContext(options)
{
    public DbSet<Pilot> Pilots => Set<Pilot>();

    public DbSet<PilotChecklistItem> ChecklistItems => Set<PilotChecklistItem>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Pilot>(e =>
        {
            e.ToTable("PilotSupport_Pilots");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.ProposalId).IsUnique().HasFilter("\"ProposalId\" > 0");
            e.HasIndex(x => x.PublicSlug).IsUnique();
            e.HasIndex(x => new { x.Status, x.DepartmentCode });
            e.Property(x => x.ReceiptNumber).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.TitleEn).HasMaxLength(200);
            e.Property(x => x.SummaryJa).HasMaxLength(PilotForm.SummaryLength);
            e.Property(x => x.SummaryEn).HasMaxLength(PilotForm.SummaryLength);
            e.Property(x => x.DepartmentCode).HasMaxLength(64);
            // Two people changing one pilot's status at once: the second save fails instead of overwriting the first.
            e.Property(x => x.Status).HasConversion<int>().IsConcurrencyToken();
            e.Property(x => x.CityProvides).HasConversion<int>();
            e.Property(x => x.BusinessDoes).HasConversion<int>();
            e.Property(x => x.PublicSlug).HasMaxLength(200);
            e.Property(x => x.PublicHash).HasMaxLength(64);
            e.Property(x => x.ReportFileId).HasMaxLength(64);
            e.HasMany(x => x.Checklist).WithOne().HasForeignKey(i => i.PilotId).OnDelete(DeleteBehavior.Cascade);
            e.Ignore(x => x.HasProposal);
            e.Ignore(x => x.Slug);
        });
        modelBuilder.Entity<PilotChecklistItem>(e =>
        {
            e.ToTable("PilotSupport_ChecklistItems");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.PilotId, x.Step }).IsUnique();
            e.HasIndex(x => x.DueOn);
            e.Property(x => x.Step).HasConversion<int>();
            e.Property(x => x.Owner).HasConversion<int>();
            e.Property(x => x.CompletedBy).HasMaxLength(256);
            e.Property(x => x.CompletedUtc).IsConcurrencyToken();
            e.Ignore(x => x.IsDone);
        });
    }
}
