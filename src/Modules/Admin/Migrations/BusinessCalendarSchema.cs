using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Modules.Admin.Data;

namespace OpenCityAomori.Modules.Admin.Migrations;

/// <summary>The business calendar's settings (one row; none means the defaults) and the city's own closed days.</summary>
[DbContext(typeof(AdminDbContext))]
[Migration("202612070300_BusinessCalendarSchema")]
internal sealed class BusinessCalendarSchema : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Admin_BusinessCalendar", t => new
        {
            Id = t.Column<int>(nullable: false),
            ClosedWeekdays = t.Column<string>(maxLength: 20, nullable: false),
            NationalHolidaysClosed = t.Column<bool>(nullable: false),
            YearEndFrom = t.Column<string>(maxLength: 5, nullable: true),
            YearEndTo = t.Column<string>(maxLength: 5, nullable: true),
            ModifiedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Admin_BusinessCalendar", x => x.Id));
        mb.CreateTable("Admin_ClosedDays", t => new
        {
            Date = t.Column<DateOnly>(nullable: false),
            Note = t.Column<string>(maxLength: 200, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Admin_ClosedDays", x => x.Date));
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Admin_ClosedDays");
        mb.DropTable("Admin_BusinessCalendar");
    }
}
