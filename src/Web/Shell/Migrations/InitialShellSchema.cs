using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;

namespace OpenCityAomori.Web.Shell.Migrations;

[DbContext(typeof(ShellDbContext))]
[Migration("202611280001_InitialShellSchema")]
internal sealed class InitialShellSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Shell_Features",
            columns: table => new
            {
                ModuleId = table.Column<string>(maxLength: 100, nullable: false),
                Enabled = table.Column<bool>(nullable: false),
                ChangedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Shell_Features", x => x.ModuleId));

        migrationBuilder.CreateTable(
            name: "Shell_RecipeRuns",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 100, nullable: false),
                ExecutedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Shell_RecipeRuns", x => x.Name));

        migrationBuilder.CreateTable(
            name: "Shell_DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).AutoIncrement(),
                FriendlyName = table.Column<string>(nullable: true),
                Xml = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Shell_DataProtectionKeys", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Shell_DataProtectionKeys");
        migrationBuilder.DropTable("Shell_RecipeRuns");
        migrationBuilder.DropTable("Shell_Features");
    }
}
