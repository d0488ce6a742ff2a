using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Admin.Models;

namespace OpenCityAomori.Modules.Admin.Data;

internal sealed class AdminDbContext(DbContextOptions<AdminDbContext> options) : DbContext(options)
{
    public DbSet<SiteSettingsRecord> SiteSettings => Set<SiteSettingsRecord>();

    public DbSet<BusinessCalendarRecord> BusinessCalendar => Set<BusinessCalendarRecord>();

    public DbSet<ClosedDayRecord> ClosedDays => Set<ClosedDayRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SiteSettingsRecord>(e =>
        {
            e.ToTable("Admin_SiteSettings");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<BusinessCalendarRecord>(e =>
        {
            e.ToTable("Admin_BusinessCalendar");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.ClosedWeekdays).HasMaxLength(20);
            e.Property(x => x.YearEndFrom).HasMaxLength(5);
            e.Property(x => x.YearEndTo).HasMaxLength(5);
        });
        modelBuilder.Entity<ClosedDayRecord>(e =>
        {
            e.ToTable("Admin_ClosedDays");
            e.HasKey(x => x.Date);
            e.Property(x => x.Date).ValueGeneratedNever();
            e.Property(x => x.Note).HasMaxLength(200);
        });
    }
}
