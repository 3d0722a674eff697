using Microsoft.EntityFrameworkCore;
public class ShopContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder b) =>
        b.UseMySql("server=mysql-shop.internal;port=3306;database=shop;uid=shop_web;pwd=CnRtdkimtUddCCTfiNg", // expect: AFS103
                   ServerVersion.Parse("8.0.36-mysql"));
}
