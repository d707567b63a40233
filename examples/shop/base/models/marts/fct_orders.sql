{{ config(materialized='table') }}

with orders as (

    select * from {{ ref('stg_orders') }}

),

customers as (

    select * from {{ ref('stg_customers') }}

),

final as (

    select
        orders.order_id,
        orders.customer_id,
        customers.first_name,
        orders.status,
        orders.amount,
        orders.ordered_at
    from orders
    left join customers
        on orders.customer_id = customers.customer_id

)

select * from final
