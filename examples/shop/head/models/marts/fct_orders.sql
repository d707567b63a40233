{{
    config(
        materialized='incremental',
        unique_key='order_id',
        on_schema_change='append_new_columns'
    )
}}

with orders as (

    select * from {{ ref('stg_orders') }}
    {% if is_incremental() %}
    where ordered_at > (select max(ordered_at) from {{ this }})
    {% endif %}

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
