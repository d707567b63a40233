{{ config(materialized='table') }}

with orders as (

    select * from {{ ref('fct_orders') }}

),

daily as (

    select
        cast(ordered_at as date) as order_date,
        count(*) as orders,
        sum(amount) as revenue
    from orders
    group by 1

)

select * from daily
