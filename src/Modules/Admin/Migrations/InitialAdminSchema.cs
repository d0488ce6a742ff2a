using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Modules.Admin.Data;

namespace OpenCityAomori.Modules.Admin.Migrations;

[DbContext(typeof(AdminDbContext))]
[Migration("202611280300_InitialAdminSchema")]
internal sealed class InitialAdminSchema : Migration
{
    protected override void Up(MigrationBuilder mb) =>
        mb.CreateTable("Admin_SiteSettings", t => new
        {
            Id = t.Column<int>(nullable: false),
            Json = t.Column<string>(nullable: false),
            ModifiedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Admin_SiteSettings", x => x.Id));

    protected override void Down(MigrationBuilder mb) => mb.DropTable("Admin_SiteSettings");
}
